package {{package}}.metadata;

/**
 * Source of the API key authorizer: an HTTP API Lambda authorizer with simple responses
 * (payload format 2.0, lower-cased header names). The key is re-read every five minutes so a
 * rotated secret takes effect without redeploying, and compared in constant time.
 */
final class ApiKeyAuthorizerSource {

    static final String PYTHON = """
            import hmac
            import os
            import time

            import boto3

            SECRETS = boto3.client("secretsmanager")
            KEY_TTL_SECONDS = 300
            _key = {"value": None, "expires": 0.0}


            def handler(event, context):
                if _key["value"] is None or time.monotonic() >= _key["expires"]:
                    secret = SECRETS.get_secret_value(SecretId=os.environ["API_KEY_SECRET_ARN"])
                    _key["value"] = secret["SecretString"].encode()
                    _key["expires"] = time.monotonic() + KEY_TTL_SECONDS
                supplied = (event.get("headers") or {}).get("x-api-key", "").encode()
                return {"isAuthorized": hmac.compare_digest(supplied, _key["value"])}
            """;

    private ApiKeyAuthorizerSource() {
    }
}
