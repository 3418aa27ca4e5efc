import { contextBridge, ipcRenderer } from 'electron';

// The renderer's only door: one generic invoke. The main process checks the name, the sender,
// the person's permission and the input; nothing else of Electron or Node is exposed.
contextBridge.exposeInMainWorld('hearth', {
  invoke: (name: string, input: unknown) => ipcRenderer.invoke('hearth:invoke', name, input),
});
