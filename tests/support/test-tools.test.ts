import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findTool, toolPath, type TestTool } from './test-tools.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'test-tools-'));
const debianCopy = path.join(folder, 'debian-tool');
const ownCopy = path.join(folder, 'own-tool');
writeFileSync(debianCopy, '');
writeFileSync(ownCopy, '');

const tool = (paths: string[]): TestTool => ({ name: 'Tool', pkg: 'tool-pkg', variable: 'TEST_TOOL_PATH', paths });

afterEach(() => {
  delete process.env['TEST_TOOL_PATH'];
});

describe('where a test tool is found', () => {
  it("takes the first of Debian's places that exists", () => {
    expect(toolPath(tool([path.join(folder, 'absent'), debianCopy]))).toBe(debianCopy);
  });

  it('takes the copy the variable points at before Debian’s, and passes over one that is not there', () => {
    process.env['TEST_TOOL_PATH'] = ownCopy;
    expect(findTool(tool([debianCopy]))).toBe(ownCopy);
    process.env['TEST_TOOL_PATH'] = path.join(folder, 'moved-away');
    expect(findTool(tool([debianCopy]))).toBe(debianCopy);
  });

  it('fails with the command that installs it, and the variable to set, when there is none', () => {
    expect(toolPath(tool([path.join(folder, 'absent')]))).toBeUndefined();
    expect(() => findTool(tool([path.join(folder, 'absent')]))).toThrow(
      'Tool not found: install it with `sudo apt-get install -y tool-pkg` or set TEST_TOOL_PATH',
    );
  });
});
