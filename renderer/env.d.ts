/// <reference types="vite/client" />
// Gives `import.meta.glob` (i18n catalogs) and CSS imports their types in the renderer.
