import type { SourceRegistry } from './fetch/plan-sources.ts';
import { arbeitnowSource } from './providers/arbeitnow.ts';
import { ashbySource } from './providers/ashby.ts';
import { fileSource } from './providers/file.ts';
import { greenhouseSource } from './providers/greenhouse.ts';
import { himalayasSource } from './providers/himalayas.ts';
import { hnWhoishiringSource } from './providers/hn-whoishiring.ts';
import { jobicySource } from './providers/jobicy.ts';
import { leverSource } from './providers/lever.ts';
import { recruiteeSource } from './providers/recruitee.ts';
import { remoteokSource } from './providers/remoteok.ts';
import { remotiveSource } from './providers/remotive.ts';
import { simplifySource } from './providers/simplify.ts';
import { smartrecruitersSource } from './providers/smartrecruiters.ts';
import { themuseSource } from './providers/themuse.ts';
import { workableSource } from './providers/workable.ts';
import type { SourceAdapter } from './types.ts';

/** Every built-in adapter. */
const adapters: readonly SourceAdapter[] = [
  greenhouseSource,
  leverSource,
  ashbySource,
  workableSource,
  smartrecruitersSource,
  recruiteeSource,
  remotiveSource,
  remoteokSource,
  arbeitnowSource,
  himalayasSource,
  jobicySource,
  themuseSource,
  hnWhoishiringSource,
  simplifySource,
  fileSource,
];

/** The built-in adapters by their `type` (`greenhouse`, `lever`, …, `simplify`, `file`). */
export const sourceRegistry: SourceRegistry = new Map(adapters.map((adapter) => [adapter.type, adapter]));
