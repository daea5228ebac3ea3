/**
 * A small pull tokenizer for the XML that activity files are (GPX, TCX): one pass over the text,
 * no tree, no validation pass before it. It reports element opens and closes by local name
 * (namespace prefixes dropped, as writers vary them), reads attributes and leaf text on demand,
 * and checks that tags nest: a document that ends with elements open was cut off (Truncated), a
 * close tag that does not match its open is Corrupt. Comments, processing instructions (wherever
 * they stand, so whitespace or a BOM before `<?xml` is fine), DOCTYPE and CDATA are understood.
 * Why not a library: see docs/FILES.md ("Reading GPX and TCX").
 */
export const OPEN = 1;
export const CLOSE = 2;
export const END = 0;
export type XmlEvent = typeof OPEN | typeof CLOSE | typeof END;

export type XmlProblem = { type: 'Truncated' | 'Corrupt'; line: number; detail: string };

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

const localName = (qualified: string) => {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
};

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Whitespace, '/' or '>' ends an element name. */
const isNameEnd = (code: number) => isSpace(code) || code === 0x2f || code === 0x3e;

export class XmlScanner {
  /** Local name of the element just opened or closed. */
  name = '';
  problem: XmlProblem | null = null;
  private pos = 0;
  private readonly open: string[] = [];
  /** Local names of the open elements, beside their qualified names. */
  private readonly openLocal: string[] = [];
  private attrFrom = 0;
  private attrTo = 0;
  private textFrom = 0;
  private textTo = 0;
  /** Where the text of the next element to close begins: after the last open or close tag. */
  private nextTextFrom = 0;
  private pendingClose = false;

  constructor(private readonly text: string) {}

  /** The next element open or close, or END (check `problem` then). */
  next(): XmlEvent {
    if (this.pendingClose) {
      this.pendingClose = false;
      this.textFrom = this.textTo;
      return CLOSE;
    }
    const t = this.text;
    for (;;) {
      const lt = t.indexOf('<', this.pos);
      if (lt < 0) return this.finish();
      const c = t.charCodeAt(lt + 1);
      if (c === 0x2f) return this.closeTag(lt);
      if (c === 0x3f) {
        if (!this.skipTo('?>', lt)) return END;
      } else if (c === 0x21) {
        if (t.startsWith('<!--', lt)) {
          if (!this.skipTo('-->', lt)) return END;
        } else if (t.startsWith('<![CDATA[', lt)) {
          if (!this.skipTo(']]>', lt)) return END;
        } else if (!this.skipTo('>', lt)) return END;
      } else {
        return this.openTag(lt);
      }
    }
  }

  /** An attribute of the element just opened, by local name. */
  attr(name: string): string | undefined {
    const t = this.text;
    for (
      let at = t.indexOf(name, this.attrFrom);
      at >= 0 && at < this.attrTo;
      at = t.indexOf(name, at + 1)
    ) {
      const before = t.charCodeAt(at - 1);
      if (!(isSpace(before) || before === 0x3a)) continue;
      let p = at + name.length;
      while (isSpace(t.charCodeAt(p))) p++;
      if (t.charCodeAt(p) !== 0x3d) continue;
      p++;
      while (isSpace(t.charCodeAt(p))) p++;
      const quote = t[p];
      if (quote !== '"' && quote !== "'") return undefined;
      const end = t.indexOf(quote, p + 1);
      if (end < 0 || end > this.attrTo) return undefined;
      const value = t.slice(p + 1, end);
      return value.indexOf('&') >= 0 ? decodeEntities(value) : value;
    }
    return undefined;
  }

  /** The text of the element just closed (after its last child, for an element with children). */
  textContent(): string {
    const raw = this.text.slice(this.textFrom, this.textTo);
    if (raw.indexOf('<') >= 0)
      return decodeEntities(
        raw.replace(
          /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->/g,
          (_, cdata: string | undefined) => cdata ?? '',
        ),
      );
    return raw.indexOf('&') >= 0 ? decodeEntities(raw) : raw;
  }

  private finish(): XmlEvent {
    if (this.open.length > 0)
      this.fail('Truncated', this.text.length, `<${this.open.at(-1)}> is never closed`);
    return END;
  }

  private fail(type: XmlProblem['type'], at: number, detail: string): void {
    let line = 1;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < at; i = this.text.indexOf('\n', i + 1))
      line++;
    this.problem = { type, line, detail };
  }

  private skipTo(marker: string, from: number): boolean {
    const end = this.text.indexOf(marker, from + 2);
    if (end < 0) {
      this.fail('Truncated', from, 'the file ends inside markup');
      return false;
    }
    this.pos = end + marker.length;
    return true;
  }

  private closeTag(lt: number): XmlEvent {
    const gt = this.text.indexOf('>', lt);
    if (gt < 0) {
      this.fail('Truncated', lt, 'the file ends inside a tag');
      return END;
    }
    const expected = this.open.pop();
    const local = this.openLocal.pop();
    // Compared in place: no string is made for a close tag that matches.
    const t = this.text;
    let end = lt + 2 + (expected?.length ?? 0);
    while (isSpace(t.charCodeAt(end))) end++;
    if (expected === undefined || end !== gt || !t.startsWith(expected, lt + 2)) {
      const qualified = t.slice(lt + 2, gt).trim();
      this.fail(
        'Corrupt',
        lt,
        expected ? `</${qualified}> closes <${expected}>` : `</${qualified}> closes nothing`,
      );
      return END;
    }
    this.name = local!;
    this.textFrom = this.nextTextFrom;
    this.textTo = lt;
    this.nextTextFrom = gt + 1;
    this.pos = gt + 1;
    return CLOSE;
  }

  /** The end of a start tag: the first '>' outside a quoted attribute value. */
  private tagEnd(from: number): number {
    const t = this.text;
    for (let i = from; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 0x3e) return i;
      if (c === 0x22 || c === 0x27) {
        i = t.indexOf(c === 0x22 ? '"' : "'", i + 1);
        if (i < 0) return -1;
      }
    }
    return -1;
  }

  private openTag(lt: number): XmlEvent {
    const t = this.text;
    let nameEnd = lt + 1;
    while (nameEnd < t.length && !isNameEnd(t.charCodeAt(nameEnd))) nameEnd++;
    const gt = this.tagEnd(nameEnd);
    if (gt < 0) {
      this.fail('Truncated', lt, 'the file ends inside a tag');
      return END;
    }
    const qualified = t.slice(lt + 1, nameEnd);
    const selfClosing = t.charCodeAt(gt - 1) === 0x2f;
    this.name = localName(qualified);
    this.attrFrom = nameEnd;
    this.attrTo = selfClosing ? gt - 1 : gt;
    this.textFrom = gt + 1;
    this.textTo = gt + 1;
    this.nextTextFrom = gt + 1;
    this.pos = gt + 1;
    if (selfClosing) this.pendingClose = true;
    else {
      this.open.push(qualified);
      this.openLocal.push(this.name);
    }
    return OPEN;
  }
}
