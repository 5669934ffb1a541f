import { ApiProperty } from '@nestjs/swagger';
import { Role, User } from '../generated/prisma/client';

/** A user as the API shows it: never the password hash. */
export class UserView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @ApiProperty() disabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class UserPage {
  @ApiProperty({ type: [UserView] }) items!: UserView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

// Built field by field (not by deleting passwordHash) so a column added later stays private until listed here.
export function toUserView(u: User): UserView {
  return { id: u.id, email: u.email, role: u.role, disabled: u.disabledAt !== null, disabledAt: u.disabledAt, createdAt: u.createdAt, updatedAt: u.updatedAt };
}
