/**
 * `@joblist/build/preview`: the local preview server of built category folders. An entry point of its own, so
 * the commands that build never load the HTTP server and the HTML pipeline it needs.
 */
export {
  isBuilt,
  type PreviewRepository,
  type PreviewServer,
  startPreviewServer,
} from './lib/preview-server.ts';
