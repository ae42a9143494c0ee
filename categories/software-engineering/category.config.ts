import { defineCategory } from '@joblist/core-model';

export default defineCategory({
  id: 'software-engineering',
  role: 'Software engineer',
  repo: 'Software-Engineering-Jobs',
  utmCampaign: 'github-software-engineering-jobs',
  match: { include: ['software engineer', 'software engineering'] },
});
