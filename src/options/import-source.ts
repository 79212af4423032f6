// Where imported files come from: the file picker, the folder picker (<input webkitdirectory>),
// drag and drop (files and whole folders), or the sample corpus bundled with the extension.

/** One file to import, read only when its turn comes (a folder may hold thousands). */
export interface ImportInput {
  /** The path as the reader chose it: "bbc/tech/001.txt" from a folder, else the file name. */
  name: string;
  /** Size in bytes when known before reading, for the size limit and the time estimate. */
  readonly size?: number;
  read(): Promise<Uint8Array>;
}

export function inputFromFile(
  file: File,
  path = file.webkitRelativePath || file.name,
): ImportInput {
  let size: number | undefined;
  return {
    name: path,
    // Asked only when needed: each File's size is a synchronous call to the file system.
    get size() {
      return (size ??= file.size);
    },
    read: async () => new Uint8Array(await file.arrayBuffer()),
  };
}

export function inputsFromFileList(list: FileList | null): ImportInput[] {
  return list ? [...list].map((file) => inputFromFile(file)) : [];
}

/**
 * The files of a drop, folders walked recursively. Entries must be taken from the DataTransfer
 * synchronously, during the drop event: it is emptied once the handler returns.
 */
export function inputsFromDrop(transfer: DataTransfer): Promise<ImportInput[]> {
  const entries = [...transfer.items]
    .map((item) => item.webkitGetAsEntry?.())
    .filter((entry): entry is FileSystemEntry => !!entry);
  if (!entries.length) return Promise.resolve(inputsFromFileList(transfer.files));
  return Promise.all(entries.map((entry) => walk(entry, ''))).then((lists) => lists.flat());
}

async function walk(entry: FileSystemEntry, prefix: string): Promise<ImportInput[]> {
  const path = prefix + entry.name;
  if (isFile(entry)) {
    const file = await new Promise<File>((resolve, reject) => entry.file(resolve, reject));
    return [inputFromFile(file, path)];
  }
  if (!isDirectory(entry)) return [];
  const children = await readAll(entry.createReader());
  const lists = await Promise.all(children.map((child) => walk(child, `${path}/`)));
  return lists.flat();
}

/** readEntries returns at most 100 entries per call (Chromium): call until it returns none. */
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (!batch.length) return all;
    all.push(...batch);
  }
}

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;
