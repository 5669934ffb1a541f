import { randomBytes } from 'node:crypto';
import { BadRequestException, ConflictException, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { AppConfig } from '../config/config.module';
import { UsersService } from '../users/users.service';
import { ApiTokensService } from './api-tokens.service';

export const DEFAULT_ADMIN_EMAIL = 'admin@localhost';

export type BootstrapOutcome = 'exists' | 'created-from-env' | 'created-with-generated-password' | 'lost-race';

/**
 * A fresh install has no users and so no way in: create the first admin. ADMIN_EMAIL and
 * ADMIN_PASSWORD are used when set; otherwise the password is generated and printed once.
 */
@Injectable()
export class AdminBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrapService.name);

  constructor(
    private readonly prisma: PrismaService,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly tokens: ApiTokensService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureAdmin();
  }

  async ensureAdmin(): Promise<BootstrapOutcome> {
    if ((await this.prisma.user.count()) > 0) return 'exists';
    const email = this.config.get('ADMIN_EMAIL') ?? DEFAULT_ADMIN_EMAIL;
    const configured = this.config.get('ADMIN_PASSWORD');
    // 18 random bytes = 24 base64url characters: well past the 12-character minimum.
    const password = configured ?? randomBytes(18).toString('base64url');
    const passwordSource = configured ? 'env' : 'generated';
    let userId: string;
    try {
      userId = (await this.users.create({ email, password, role: 'admin' }, { actorId: null }, 'auth.admin-bootstrap'))
        .id;
    } catch (e) {
      // Another process starting at the same moment created it first (unique e-mail).
      if (e instanceof ConflictException) return 'lost-race';
      // The password policy refused ADMIN_PASSWORD: say which setting to change, not just "400".
      if (e instanceof BadRequestException)
        throw new Error(
          `ADMIN_PASSWORD cannot be used: ${e.message}. Set a stronger one, or leave it unset to have one generated.`,
          { cause: e },
        );
      throw e;
    }
    if (passwordSource === 'env') {
      this.logger.log(`Created the first admin account ${email} (password from ADMIN_PASSWORD)`);
      return 'created-from-env';
    }
    // A first API token too, so a newcomer can upload with one curl before signing in anywhere.
    const { token } = await this.tokens.create({ id: userId, email, role: 'admin', via: 'api-token' }, 'first-run', 30);
    // Straight to stdout, not the logger: it must be seen even with LOG_LEVEL=silent, and only once.
    process.stdout.write(
      `Created the first admin account: email ${email} password ${password} (shown only this once; sign in and change it with POST /api/auth/password)\n`,
    );
    process.stdout.write(`First API token (valid 30 days, shown only this once): ${token}\n`);
    return 'created-with-generated-password';
  }
}
