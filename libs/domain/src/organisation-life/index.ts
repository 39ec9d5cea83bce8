/** Organisation life (组织生活): study sessions, monthly stars, branch secretary reviews and 软弱涣散 rectification, 三零社区 status. */
export * from './organisation-code.js';
export * from './study-sessions.js';
export * from './monthly-stars.js';
export * from './branches.js';
export * from './three-zero.js';
