import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { SavedFilter } from '@auditor/contracts';
import { Prisma } from '../generated/prisma/client';
import { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { PrismaService } from '../database/prisma.service';
import { SavedFilterDto, UpdateSavedFilterDto } from './dto/saved-filter.dto';
import { normaliseQueueQuery } from './queue-query';

/** Enough for any working set of views; a runaway script cannot fill the table. */
export const SAVED_FILTERS_MAX = 50;

const SELECT = { id: true, name: true, query: true, createdAt: true, updatedAt: true } as const;

const view = (f: { id: string; name: string; query: string; createdAt: Date; updatedAt: Date }): SavedFilter => ({
  ...f,
  createdAt: f.createdAt.toISOString(),
  updatedAt: f.updatedAt.toISOString(),
});

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';

function checkedQuery(query: string): string {
  const r = normaliseQueueQuery(query);
  if ('problem' in r) throw new BadRequestException(r.problem);
  return r.query;
}

/**
 * A user's named queue filters. Only the owner sees or changes them: another user's filter id
 * answers 404, exactly like an unknown one, so ids reveal nothing.
 */
@Injectable()
export class SavedFiltersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditService,
  ) {}

  async list(ownerId: string): Promise<SavedFilter[]> {
    const rows = await this.prisma.savedFilter.findMany({
      where: { ownerId },
      select: SELECT,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    });
    return rows.map(view);
  }

  async create(dto: SavedFilterDto, who: Actor & { userId: string }): Promise<SavedFilter> {
    const name = dto.name.trim();
    const query = checkedQuery(dto.query);
    return this.write(name, async (tx) => {
      // Counted under a lock on the owner's row, so two saves at once cannot both pass the limit.
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${who.userId}::uuid FOR UPDATE`;
      if ((await tx.savedFilter.count({ where: { ownerId: who.userId } })) >= SAVED_FILTERS_MAX)
        throw new BadRequestException(`You already have ${SAVED_FILTERS_MAX} saved filters: delete one first`);
      const f = await tx.savedFilter.create({ data: { ownerId: who.userId, name, query }, select: SELECT });
      await this.audit.record(
        {
          actorId: who.userId,
          requestId: who.requestId,
          action: 'saved-filter.created',
          entityType: 'saved-filter',
          entityId: f.id,
          after: { name, query },
        },
        tx,
      );
      return view(f);
    });
  }

  async update(id: string, dto: UpdateSavedFilterDto, who: Actor & { userId: string }): Promise<SavedFilter> {
    if (dto.name === undefined && dto.query === undefined)
      throw new BadRequestException('Give a new name, a new query or both');
    const name = dto.name?.trim();
    const query = dto.query === undefined ? undefined : checkedQuery(dto.query);
    return this.write(name ?? '', async (tx) => {
      const old = await this.owned(tx, id, who.userId);
      const f = await tx.savedFilter.update({ where: { id }, data: { name, query }, select: SELECT });
      await this.audit.record(
        {
          actorId: who.userId,
          requestId: who.requestId,
          action: 'saved-filter.updated',
          entityType: 'saved-filter',
          entityId: id,
          before: { name: old.name, query: old.query },
          after: { name: f.name, query: f.query },
        },
        tx,
      );
      return view(f);
    });
  }

  async remove(id: string, who: Actor & { userId: string }): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const old = await this.owned(tx, id, who.userId);
      await tx.savedFilter.delete({ where: { id } });
      await this.audit.record(
        {
          actorId: who.userId,
          requestId: who.requestId,
          action: 'saved-filter.deleted',
          entityType: 'saved-filter',
          entityId: id,
          before: { name: old.name, query: old.query },
        },
        tx,
      );
    });
  }

  private async owned(tx: Prisma.TransactionClient, id: string, ownerId: string) {
    const f = await tx.savedFilter.findFirst({ where: { id, ownerId }, select: SELECT });
    if (!f) throw new NotFoundException(`Saved filter ${id} not found`);
    return f;
  }

  /** A transaction whose unique-name violation becomes a 409 naming the clash. */
  private async write<T>(name: string, fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
    try {
      return await this.prisma.$transaction(fn);
    } catch (e) {
      if (isUniqueViolation(e)) throw new ConflictException(`You already have a saved filter named "${name}"`);
      throw e;
    }
  }
}
