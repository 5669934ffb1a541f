import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Injectable, Module, OnModuleDestroy } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { closeHttpFirst } from './process-lifecycle';

/** Stands in for the database pools: what a request still running needs until it answers. */
@Injectable()
class Pool implements OnModuleDestroy {
  ended = false;
  onModuleDestroy(): void {
    this.ended = true;
  }
}

let release: () => void = () => undefined;
let enter: () => void = () => undefined;
const entered = new Promise<void>((r) => (enter = r));

@Controller()
class PendingController {
  constructor(private readonly pool: Pool) {}

  @Get('slow')
  async slow(): Promise<{ poolEndedBeforeAnswer: boolean }> {
    enter();
    await new Promise<void>((r) => (release = r));
    return { poolEndedBeforeAnswer: this.pool.ended };
  }
}

@Module({ controllers: [PendingController], providers: [Pool] })
class PendingModule {}

describe('closeHttpFirst', () => {
  it('lets a request in flight answer before the app (and its pools) close', async () => {
    const app = await NestFactory.create(PendingModule, { logger: false });
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address() as AddressInfo;
    const response = fetch(`http://127.0.0.1:${port}/slow`);
    await entered;

    const closing = closeHttpFirst(app);
    // The server has stopped taking requests, but the app has not closed under the one still running.
    await new Promise((r) => setTimeout(r, 50));
    expect(app.get(Pool).ended).toBe(false);
    release();

    const res = await response;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ poolEndedBeforeAnswer: false });
    await closing;
    expect(app.get(Pool).ended).toBe(true);
  });

  it('closes an app that never listened', async () => {
    const app = await NestFactory.create(PendingModule, { logger: false });
    await app.init();
    await closeHttpFirst(app);
    expect(app.get(Pool).ended).toBe(true);
  });
});
