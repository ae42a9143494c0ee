import { defineCategory } from '@joblist/core-model';

export default defineCategory({
  id: 'full-stack',
  role: 'Full stack developer',
  repo: 'Full-Stack-Development-Jobs',
  utmCampaign: 'github-fullstack-jobs',
  match: { include: [/\bfull[\s-]?stack\b/i] },
});
