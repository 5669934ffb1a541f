import { Global, Injectable, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule, ConfigService } from '@nestjs/config';
import { Env, parseEnv } from './env';

/** Typed access to the validated environment. */
@Injectable()
export class AppConfig {
  constructor(private readonly config: ConfigService<Env, true>) {}

  get<K extends keyof Env>(key: K): Env[K] {
    return this.config.get(key, { infer: true });
  }
}

@Global()
@Module({
  // .env is read for local development; real deployments pass variables directly.
  imports: [NestConfigModule.forRoot({ cache: true, validate: (raw) => parseEnv(raw as NodeJS.ProcessEnv) })],
  providers: [AppConfig],
  exports: [AppConfig],
})
export class ConfigModule {}
