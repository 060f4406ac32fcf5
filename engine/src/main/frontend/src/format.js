export function usd(amount) {
  return `$${Number(amount).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function bytes(size) {
  return size < 1024 ? `${size} B` : `${(size / 1024).toFixed(1)} KiB`;
}

/** The route of the form for a blueprint and its chosen layers. */
export function formHref(id, layers) {
  const query = layers.map((layer) => `with=${encodeURIComponent(layer)}`).join('&');
  return `#/new/${encodeURIComponent(id)}${query ? '?' + query : ''}`;
}
