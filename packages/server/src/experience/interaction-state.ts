import type { Context } from 'koa';
import type Provider from 'oidc-provider';
import { RequestError } from '../http/request-error.js';
import type { ExperienceState } from './experience.schemas.js';
import { guardVerificationGrowth } from './interaction-limits.js';

export type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

/** The interaction a request loaded, and its event then: what the audit log reads afterwards. */
export interface LoadedInteraction {
  interaction: Interaction;
  eventAtLoad?: ExperienceState['event'];
}

export const loadedInteraction = (ctx: Context): LoadedInteraction | undefined =>
  (ctx.state as { interaction?: LoadedInteraction }).interaction;

export const experienceOf = (interaction: Interaction): ExperienceState | undefined =>
  (interaction.result as { experience?: ExperienceState } | undefined)?.experience;

/** The first language of the authorization request's `ui_locales`, if it named any. */
export function firstUiLocale(interaction: Interaction): string | undefined {
  const value = interaction.params.ui_locales;
  return typeof value === 'string' ? value.trim().split(/\s+/)[0] || undefined : undefined;
}

/**
 * The Experience API state lives in the provider's Interaction, bound to the browser's
 * `_interaction` cookie: handlers load it, hand it to a service, and save what comes back.
 */
export function interactionState(getProvider: () => Provider) {
  return {
    async load(ctx: Context): Promise<Interaction> {
      let interaction: Interaction;
      try {
        interaction = await getProvider().interactionDetails(ctx.req, ctx.res);
      } catch {
        throw new RequestError('session.interaction_not_found', 400);
      }
      const loaded: LoadedInteraction = { interaction, eventAtLoad: experienceOf(interaction)?.event };
      (ctx.state as { interaction?: LoadedInteraction }).interaction = loaded;
      return interaction;
    },

    stateOf(interaction: Interaction): ExperienceState {
      const state = experienceOf(interaction);
      if (!state)
        throw new RequestError('session.interaction_not_found', 400, {
          message: 'Start the interaction with PUT /api/experience first.',
        });
      return state;
    },

    async save(interaction: Interaction, state: ExperienceState): Promise<void> {
      guardVerificationGrowth((interaction.result as { experience?: ExperienceState } | undefined)?.experience, state);
      interaction.result = { ...interaction.result, experience: state };
      const remaining = Math.max(1, (interaction.exp ?? 0) - Math.floor(Date.now() / 1000));
      await interaction.save(remaining);
    },

    /** Load, run one service step on the state, save the state it returns, answer its result. */
    async update<T>(
      ctx: Context,
      step: (state: ExperienceState, interaction: Interaction) => Promise<[ExperienceState, T]>,
    ): Promise<T> {
      const interaction = await this.load(ctx);
      const [state, result] = await step(this.stateOf(interaction), interaction);
      await this.save(interaction, state);
      return result;
    },

    /** The same, for a step that only changes the state. */
    async replace(
      ctx: Context,
      step: (state: ExperienceState, interaction: Interaction) => Promise<ExperienceState>,
    ): Promise<void> {
      await this.update(ctx, async (state, interaction) => [await step(state, interaction), undefined]);
    },
  };
}

export type InteractionStateAccess = ReturnType<typeof interactionState>;
