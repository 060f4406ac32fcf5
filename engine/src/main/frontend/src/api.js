// The HTTP API of `scaffold serve` (the contract of issue 12). Every error the server returns is JSON:
// {"error": "<the CLI's one-line message>", "parameters": [names], "exitCode": 2}.

export class ApiError extends Error {
  constructor(status, body) {
    super(body.error ?? `HTTP ${status}`);
    this.status = status;
    this.parameters = body.parameters ?? [];
  }
}

async function failure(response) {
  let body;
  try {
    body = await response.json();
  } catch {
    body = { error: `the server answered ${response.status} ${response.statusText}` };
  }
  return new ApiError(response.status, body);
}

async function json(response) {
  if (!response.ok) throw await failure(response);
  return response.json();
}

export function listBlueprints() {
  return fetch('api/blueprints').then(json);
}

export function fetchSchema(id, layers) {
  const query = layers.map((layer) => `with=${encodeURIComponent(layer)}`).join('&');
  return fetch(`api/blueprints/${encodeURIComponent(id)}/schema${query ? '?' + query : ''}`).then(json);
}

function render(request, query) {
  return fetch(`api/render${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(request),
  });
}

export function dryRun(request) {
  return render(request, '?dryRun=true').then(json);
}

export function writeTarget(request, target) {
  return render(request, `?target=${encodeURIComponent(target)}`).then(json);
}

/** Downloads the zip through the browser: the file name is the one Content-Disposition gives. */
export async function downloadZip(request) {
  const response = await render(request, '');
  if (!response.ok) throw await failure(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${request.answers.projectName ?? 'project'}.zip`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
