import { BadRequestException, ConflictException } from '@nestjs/common';
import { AppConfig } from '../config/config.module';
import { PrismaService } from '../database/prisma.service';
import { UsersService } from '../users/users.service';
import { AdminBootstrapService } from './admin-bootstrap.service';
import { ApiTokensService } from './api-tokens.service';

function setup(opts: { users: number; env?: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string }; create?: jest.Mock }) {
  const prisma = { user: { count: jest.fn().mockResolvedValue(opts.users) } } as unknown as PrismaService;
  const create = opts.create ?? jest.fn().mockResolvedValue({ id: 'u1' });
  const users = { create } as unknown as UsersService;
  const env: Record<string, string | undefined> = opts.env ?? {};
  const config = { get: (key: string) => env[key] } as unknown as AppConfig;
  const tokens = {
    create: jest.fn().mockResolvedValue({ token: 'sat_first-run-token' }),
  } as unknown as ApiTokensService;
  return { service: new AdminBootstrapService(prisma, users, config, tokens), create, tokens };
}

describe('AdminBootstrapService', () => {
  let stdout: jest.SpyInstance;
  beforeEach(() => {
    stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(() => stdout.mockRestore());

  const printed = () => stdout.mock.calls.map((c: unknown[]) => String(c[0])).join('');

  it('does nothing when users exist', async () => {
    const { service, create } = setup({ users: 1 });
    await expect(service.ensureAdmin()).resolves.toBe('exists');
    expect(create).not.toHaveBeenCalled();
    expect(printed()).toBe('');
  });

  it('creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD without printing the password', async () => {
    const { service, create } = setup({
      users: 0,
      env: { ADMIN_EMAIL: 'boss@example.org', ADMIN_PASSWORD: 'from-the-environment' },
    });
    await expect(service.ensureAdmin()).resolves.toBe('created-from-env');
    expect(create).toHaveBeenCalledWith(
      { email: 'boss@example.org', password: 'from-the-environment', role: 'admin' },
      { actorId: null },
      'auth.admin-bootstrap',
    );
    expect(printed()).not.toContain('from-the-environment');
  });

  it('stops the start with a message naming ADMIN_PASSWORD when the password policy refuses it', async () => {
    const create = jest
      .fn()
      .mockRejectedValue(new BadRequestException('The password is too easy to guess (it repeats one character)'));
    const { service } = setup({ users: 0, env: { ADMIN_PASSWORD: 'aaaaaaaaaaaa' }, create });
    await expect(service.ensureAdmin()).rejects.toThrow(
      /^ADMIN_PASSWORD cannot be used: The password is too easy to guess \(it repeats one character\)\. Set a stronger one/,
    );
  });

  it('generates a password and a first API token and prints them once, with admin@localhost', async () => {
    const { service, create, tokens } = setup({ users: 0 });
    await expect(service.ensureAdmin()).resolves.toBe('created-with-generated-password');
    const { email, password } = create.mock.calls[0][0] as { email: string; password: string };
    expect(email).toBe('admin@localhost');
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(tokens.create).toHaveBeenCalledWith(expect.objectContaining({ id: 'u1', role: 'admin' }), 'first-run', 30);
    const lines = printed().trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('admin@localhost');
    expect(lines[0]).toContain(password);
    expect(lines[1]).toContain('sat_first-run-token');
  });

  it('uses ADMIN_EMAIL with a generated password when only the e-mail is set', async () => {
    const { service, create } = setup({ users: 0, env: { ADMIN_EMAIL: 'boss@example.org' } });
    await service.ensureAdmin();
    expect((create.mock.calls[0][0] as { email: string }).email).toBe('boss@example.org');
    expect(printed()).toContain('boss@example.org');
  });

  it('treats a unique-email conflict as another process having won the race, and prints nothing', async () => {
    const create = jest.fn().mockRejectedValue(new ConflictException('taken'));
    const { service } = setup({ users: 0, create });
    await expect(service.ensureAdmin()).resolves.toBe('lost-race');
    expect(printed()).toBe('');
  });

  it('passes other errors on', async () => {
    const { service } = setup({ users: 0, create: jest.fn().mockRejectedValue(new Error('db down')) });
    await expect(service.ensureAdmin()).rejects.toThrow('db down');
  });
});
