/**
 * `@joblist/build/preview`: the local preview server of built category folders. An entry point of its own, so
 * the commands that build never load the HTTP server and the HTML pipeline it needs.
 */
export {
  type PreviewRepository,
  type PreviewServer,
  servePreview,
  startPreviewServer,
} from './lib/preview-server.ts';
