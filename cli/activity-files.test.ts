import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActivityFiles } from './activity-files.ts';

describe('finding activity files', () => {
  it('lists FIT, GPX and TCX files at any depth, in order, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'splits-files-'));
    await mkdir(join(dir, 'b', 'c'), { recursive: true });
    for (const name of ['z.fit', 'b/a.GPX', 'b/c/x.tcx', 'notes.txt', 'b/photo.jpg']) {
      await writeFile(join(dir, name), '');
    }
    const files = await findActivityFiles(dir);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['b/a.GPX', 'b/c/x.tcx', 'z.fit']);
  });
  it('says plainly when the folder is missing or is a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'splits-files-'));
    await writeFile(join(dir, 'one.fit'), '');
    await expect(findActivityFiles(join(dir, 'nope'))).rejects.toThrow(/does not exist/);
    await expect(findActivityFiles(join(dir, 'one.fit'))).rejects.toThrow(/not a folder/);
  });
});
