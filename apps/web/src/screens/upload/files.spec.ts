/// <reference types="jest" />
import { addChosenFiles, rejectedFilesProblem } from './files';

const file = (name: string, size = 10) => ({ name, size });

describe('choosing files to upload', () => {
  it('adds readable files and leaves out the others', () => {
    const chosen = addChosenFiles([file('a.txt')], [file('b.pdf'), file('c.exe'), file('d.HTML')]);
    expect(chosen.map((f) => f.name)).toEqual(['a.txt', 'b.pdf', 'd.HTML']);
  });

  it('does not add the same file (name and size) twice', () => {
    expect(addChosenFiles([file('a.txt', 10)], [file('a.txt', 10), file('a.txt', 11)]).map((f) => f.size)).toEqual([
      10, 11,
    ]);
  });

  it('names the files it left out, or says nothing', () => {
    expect(rejectedFilesProblem([file('ok.txt'), file('photo.jpg'), file('run.exe')])).toMatch(
      /^Only .* files can be uploaded: photo\.jpg, run\.exe left out$/,
    );
    expect(rejectedFilesProblem([file('ok.txt')])).toBeNull();
  });
});
