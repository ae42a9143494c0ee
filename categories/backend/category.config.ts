import { defineCategory } from '@joblist/core-model';

export default defineCategory({
  id: 'backend',
  role: 'Backend developer',
  repo: 'Backend-Development-Jobs',
  utmCampaign: 'github-backend-jobs',
  match: { include: [/\bback[\s-]?end\b/i] },
});
