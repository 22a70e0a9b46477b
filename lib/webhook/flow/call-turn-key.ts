/**
 * Where a call store offers the engine its own way to run a turn (see call-turn.ts). Apart from
 * call-turn.ts so that the Redis store, loaded with the webhook entry, carries no more than this.
 * A registered symbol: the store and the engine may come from two chunks or two copies of the SDK.
 */
export const CALL_TURN: unique symbol = Symbol.for('sipgateio-sdk.callTurn');
