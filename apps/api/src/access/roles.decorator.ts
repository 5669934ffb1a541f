import { SetMetadata } from '@nestjs/common';
import { Role } from '../generated/prisma/enums';

export const ROLES = 'auth:roles';

/** Roles are cumulative: viewer < analyst < reviewer < admin. */
export const ROLE_ORDER: readonly Role[] = ['viewer', 'analyst', 'reviewer', 'admin'];

export const atLeast = (have: Role, need: Role) => ROLE_ORDER.indexOf(have) >= ROLE_ORDER.indexOf(need);

/** The lowest role allowed on a route (or controller). Without it, any signed-in user may call it. */
export const MinRole = (role: Role) => SetMetadata(ROLES, role);
