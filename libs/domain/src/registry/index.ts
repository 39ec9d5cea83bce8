export * from './registry.events.js';
export * from './registry.state.js';
export * from './registry.decider.js';
export type { RegisterDistrict } from './register-district/register-district.js';
export type { RegisterStreet } from './register-street/register-street.js';
export type { OnboardCommunity } from './onboard-community/onboard-community.js';
export type { RenameCommunity } from './rename-community/rename-community.js';
export type { MoveCommunity } from './move-community/move-community.js';
export type { OffboardCommunity } from './offboard-community/offboard-community.js';
