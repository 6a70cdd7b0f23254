import type { MessageKey } from '../../i18n/en';

export type RoleType = 'User' | 'MachineToMachine';
export const roleTypes: readonly RoleType[] = ['User', 'MachineToMachine'];

/** A role type in words: "User" or "Machine-to-machine". */
export const roleTypeKey = (type: RoleType): MessageKey =>
  type === 'User' ? 'authorization.roleType.user' : 'authorization.roleType.machineToMachine';
