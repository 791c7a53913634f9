/** Whether an address runs script when followed: javascript: or vbscript:, however it is spelled. */
export function isScriptUrl(url: string): boolean {
  // Browsers drop ASCII whitespace and control characters inside the scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return squeezed.startsWith('javascript:') || squeezed.startsWith('vbscript:');
}
