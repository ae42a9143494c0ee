/** `@joblist/outputs/preview`: a README as a page the way GitHub shows it (an entry point of its own, see `@joblist/markdown-writer/html`). */
export { renderReadmePreview } from './lib/readme-preview.ts';
