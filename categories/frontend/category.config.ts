import { defineCategory } from '@joblist/core-model';

export default defineCategory({
  id: 'frontend',
  role: 'Frontend developer',
  repo: 'Frontend-Development-Jobs',
  utmCampaign: 'github-frontend-jobs',
  match: { include: [/\bfront[\s-]?end\b/i] },
});
