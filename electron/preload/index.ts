import { contextBridge, ipcRenderer } from 'electron';

// The renderer's only doors: one generic invoke (the main process checks the name, the sender,
// the person's permission and the input), and printing the page itself (system dialog or PDF; the
// print is then recorded through invoke). Nothing else of Electron or Node is exposed.
contextBridge.exposeInMainWorld('hearth', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke('hearth:invoke', name, input),
  print: (output: 'printer' | 'pdf', suggestedName: string) => ipcRenderer.invoke('hearth:print', output, suggestedName),
});
