"""A deployed stack as the stand-in aws and curl see it: healthy, except for the breakages named in
the comma-separated VERIFY_BREAK. Every call is appended to the file VERIFY_LOG. The services' desired
counts and the database's status live in the JSON file VERIFY_STATE, when set, so that scripts can
change them ("asleep" in VERIFY_BREAK starts from 0 tasks and a stopped database)."""

import json
import os
import sys

ACCOUNT = "123456789012"
REGION = "eu-west-1"
STACK = "mf-test"
API_URL = "https://abc123.execute-api.eu-west-1.amazonaws.com"
UI_URL = "https://metaflow.example.com"
API_KEY = "the-api-key-value"
SIGN_IN = ("https://metaflow-123456789012.auth.eu-west-1.amazoncognito.com/oauth2/authorize?client_id=c1"
           "&redirect_uri=https%3A%2F%2Fmetaflow.example.com%2Foauth2%2Fidpresponse&response_type=code"
           "&scope=openid%20email&state=s")
BREAK = set(filter(None, os.environ.get("VERIFY_BREAK", "").split(",")))


def arn(service, resource):
    return f"arn:aws:{service}:{REGION}:{ACCOUNT}:{resource}"


def role(name):
    return f"arn:aws:iam::{ACCOUNT}:role/{name}"


QUEUES = {arn("batch", "job-queue/mf-default"): arn("batch", "compute-environment/mf-ondemand"),
          arn("batch", "job-queue/mf-spot"): arn("batch", "compute-environment/mf-spot")}


def config():
    values = {"METAFLOW_DEFAULT_DATASTORE": "s3", "METAFLOW_DATASTORE_SYSROOT_S3": "s3://mf-bucket/metaflow",
              "METAFLOW_DATATOOLS_S3ROOT": "s3://mf-bucket/data",
              "METAFLOW_BATCH_JOB_QUEUE": arn("batch", "job-queue/mf-default"),
              "METAFLOW_ECS_S3_ACCESS_IAM_ROLE": role("mf-test-JobRole"), "METAFLOW_DEFAULT_METADATA": "service",
              "METAFLOW_BATCH_CONTAINER_REGISTRY": f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/docker-hub",
              "METAFLOW_SERVICE_URL": API_URL, "METAFLOW_SERVICE_INTERNAL_URL": API_URL,
              "METAFLOW_SFN_IAM_ROLE": role("mf-test-StateMachineRole"),
              "METAFLOW_EVENTS_SFN_ACCESS_IAM_ROLE": role("mf-test-EventBridgeRole"),
              "METAFLOW_SFN_DYNAMO_DB_TABLE": "mf-test-Table", "METAFLOW_SFN_STATE_MACHINE_PREFIX": STACK}
    if "local-metadata" in BREAK:
        values["METAFLOW_DEFAULT_METADATA"] = "local"
        for key in ("METAFLOW_SERVICE_URL", "METAFLOW_SERVICE_INTERNAL_URL"):
            del values[key]
    return values


CLUSTER = "mf-test-Cluster"
SERVICES = {"mf-test-MetadataService": 1, "mf-test-UiService": 1}
DATABASE = "mf-test-database"


def sleep_targets():
    return {"services": [{"cluster": CLUSTER, "service": name, "desiredCount": count}
                         for name, count in SERVICES.items()],
            "database": {"kind": "instance", "identifier": DATABASE}, "alarms": ["mf-test-RunningTasks"],
            "restop": "no-restop" not in BREAK}


def state():
    """desiredCount per service, the database status, and how many /ping calls answered 503 after waking."""
    path = os.environ.get("VERIFY_STATE")
    if path and os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    asleep = "asleep" in BREAK
    return {"desiredCount": {name: 0 if asleep or "half-asleep" in BREAK else count
                             for name, count in SERVICES.items()},
            "database": "stopped" if asleep else "starting" if "db-starting" in BREAK else "available",
            "describes": 0, "pings": 0}


def save(values):
    path = os.environ.get("VERIFY_STATE")
    if path:
        with open(path, "w", encoding="utf-8") as f:
            json.dump(values, f)


def log(line):
    with open(os.environ["VERIFY_LOG"], "a", encoding="utf-8") as f:
        f.write(line + "\n")


def fail(message, code=254):
    print(message, file=sys.stderr)
    sys.exit(code)
