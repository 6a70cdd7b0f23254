import { type Permission, permissions } from './permissions';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type Operation = keyof typeof permissions;
/** The paths of the Management API that accept `method`, as the OpenAPI document spells them. */
export type PathOf<M extends Method> = Operation extends infer K ? (K extends `${M} ${infer P}` ? P : never) : never;

/** Whether scopes pass a level, as the server's guard decides (management/scopes.ts). */
export function allows(scopes: readonly string[], level: Permission): boolean {
  if (level === 'read') return scopes.includes('read') || scopes.includes('all');
  if (level === 'write') return scopes.includes('all');
  return scopes.includes('admins:manage');
}

/** The level an operation needs, from the generated map (`npm run api:types`). */
export const levelOf = <M extends Method>(method: M, path: PathOf<M>): Permission =>
  permissions[`${method} ${path}` as Operation];
