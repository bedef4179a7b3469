// electron-vite's module suffixes for the main process (`?asset` copies a file next to the
// bundle and imports its absolute path).
/// <reference types="electron-vite/node" />
