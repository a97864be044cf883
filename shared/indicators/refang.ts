/**
 * Threat-intel feeds and analysts "defang" URLs, domains and addresses so that nobody clicks them by
 * accident: `hxxps://evil[.]com`, `scam(.)example(.)com`, `agent[@]example[.]com`, `https[:]//…`.
 * Refanging turns them back before parsing, so a defanged value matches the live one. Only bracketed or
 * unmistakable forms are undone: a bare word "dot" could be part of a real name.
 */
const rules: readonly [RegExp, string][] = [
  [/^h(?:xx|XX|\*\*|tt)p(s?)(\[?:\]?\/\/|\[:\/\/\])/i, 'http$1://'],
  [/^fxp:\/\//i, 'ftp://'],
  [/\[:\/\/\]/g, '://'],
  [/\[:\]/g, ':'],
  [/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\\\./gi, '.'],
  [/\[@\]|\(@\)|\{@\}|\[at\]|\(at\)|\{at\}/gi, '@'],
  [/\[\/\]/g, '/'],
];

export function refang(value: string): string {
  let text = value;
  for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
  return text;
}
