/** Reads one of the engine's data files by its path under the build's `public/` folder (e.g.
 *  `engine/en-vectors.bin`). The host decides how: `fetch` of the packaged file in the extension,
 *  the file system in Node. Must reject when the file is missing or unreadable: the engine never
 *  judges silently without the data it was fitted with. */
export type AssetReader = (path: string) => Promise<Uint8Array>;
