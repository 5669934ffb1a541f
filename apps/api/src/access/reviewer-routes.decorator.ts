import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { MinRole } from './roles.decorator';

/** /api/reviews/*, for reviewers: the decisions here and the queue (summaries/) share one prefix, role and docs. */
export const ReviewerRoutes = () =>
  applyDecorators(
    ApiTags('reviews'),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: 'Needs the reviewer role' }),
    MinRole('reviewer'),
    Controller('reviews'),
  );
