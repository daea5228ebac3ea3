const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML element or a quoted attribute (XML 1.0, section 2.4). */
export function xmlText(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => entities[ch]!);
}

/** `<name>value</name>`, or nothing when the value is missing. */
export function element(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<${name}>${value}</${name}>`;
}
