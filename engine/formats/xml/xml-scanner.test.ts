import { describe, expect, it } from 'vitest';
import { CLOSE, END, OPEN, XmlScanner } from './xml-scanner.ts';

function events(text: string) {
  const scanner = new XmlScanner(text);
  const out: string[] = [];
  for (let e = scanner.next(); e !== END; e = scanner.next()) {
    if (e === OPEN)
      out.push(
        `<${scanner.name}${scanner.attr('k') === undefined ? '' : ` k=${scanner.attr('k')}`}>`,
      );
    if (e === CLOSE) out.push(`</${scanner.name}:${scanner.textContent().trim()}>`);
  }
  return { out, problem: scanner.problem };
}

describe('the XML pull tokenizer', () => {
  it('reports local names, attributes, leaf text with entities and CDATA, and self-closing tags', () => {
    const { out, problem } = events(
      '\uFEFF  <?xml version="1.0"?><!-- c --><!DOCTYPE x><a:root k=\'1 > 0\'><b k="x&amp;y">5 &lt; 6</b><c/><d><![CDATA[<raw>]]></d></a:root>',
    );
    expect(problem).toBeNull();
    expect(out).toEqual([
      '<root k=1 > 0>',
      '<b k=x&y>',
      '</b:5 < 6>',
      '<c>',
      '</c:>',
      '<d>',
      '</d:<raw>>',
      '</root:>',
    ]);
  });
  it('says a document that ends with elements open was cut off', () => {
    expect(events('<gpx><trk><trkseg>').problem).toMatchObject({ type: 'Truncated' });
    expect(events('<gpx><trk k="1').problem).toMatchObject({ type: 'Truncated' });
  });
  it('says which line has a close tag that does not match', () => {
    expect(events('<a>\n<b>\n</c>\n</a>').problem).toEqual({
      type: 'Corrupt',
      line: 3,
      detail: '</c> closes <b>',
    });
  });
});
