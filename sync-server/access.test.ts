import { describe, expect, it } from 'vitest';
import { roleFor } from './access.ts';
import { docNameFromPath, prefixCovers, SharePrefix } from './doc-name.ts';

const A = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';
const B = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';

describe('document access', () => {
  it('gives the owner every document of their athlete id and nobody else anything', () => {
    expect(roleFor(`${A}/journal`, A, [])).toBe('owner');
    expect(roleFor(`${A}/journal`, B, [])).toBeNull();
  });

  it('applies grants by whole path segments', () => {
    const grants = [{ prefix: `${A}/plan`, role: 'viewer' as const }];
    expect(roleFor(`${A}/plan/p1`, B, grants)).toBe('viewer');
    expect(roleFor(`${A}/planx/p1`, B, grants)).toBeNull();
    expect(roleFor(`${A}/journal`, B, grants)).toBeNull();
  });

  it('lets an editor grant win over a viewer grant', () => {
    const grants = [
      { prefix: A, role: 'viewer' as const },
      { prefix: `${A}/plan/p1`, role: 'editor' as const },
    ];
    expect(roleFor(`${A}/plan/p1`, B, grants)).toBe('editor');
    expect(roleFor(`${A}/profile`, B, grants)).toBe('viewer');
  });

  it('matches prefixes with and without a trailing slash', () => {
    expect(prefixCovers(`${A}/plan/`, `${A}/plan/p1`)).toBe(true);
    expect(prefixCovers(`${A}/plan/`, `${A}/plan`)).toBe(false);
    expect(prefixCovers(`${A}/plan/p1`, `${A}/plan/p1`)).toBe(true);
  });

  it('accepts only well-formed names and prefixes', () => {
    expect(docNameFromPath(`/sync/${A}/plan/p1`)).toBe(`${A}/plan/p1`);
    expect(docNameFromPath(`/sync/${A}`)).toBeNull();
    expect(docNameFromPath(`/sync/../${A}/plan`)).toBeNull();
    expect(docNameFromPath(`/other/${A}/plan`)).toBeNull();
    expect(SharePrefix.safeParse(`${A}/plan/`).success).toBe(true);
    expect(SharePrefix.safeParse(`${A}/`).success).toBe(true);
    expect(SharePrefix.safeParse(`${A}/plan/p1/x`).success).toBe(false);
  });
});
