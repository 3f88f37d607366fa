// The per-request GraphQL context: the app's use-case context, fresh DataLoaders, and who is calling.
import type { Actor, AppContext } from '../app/context.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Identity } from './auth/authenticator.js';

export interface RequestContext {
  app: AppContext;
  loaders: Loaders;
  actor: Actor;
  /** Who the Authorization header says is calling; the authorization plugin checks it before execution. */
  identity?: Identity;
}

export function createRequestContext(app: AppContext, actor: Actor, identity?: Identity): RequestContext {
  return { app, loaders: createLoaders(app.store), actor, ...(identity ? { identity } : {}) };
}
