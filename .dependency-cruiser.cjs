/** Import boundaries (architecture.md §1): pure libs stay pure, libs never reach into apps. */
const PURE = '^libs/(domain|projections|kernel|audit)/';
const INFRASTRUCTURE =
  'node_modules/(@nestjs/|nestjs-|pg/|pg-|mongoose/|bullmq/|ioredis/|@eventstore/|@kurrent/|express/)';

module.exports = {
  forbidden: [
    {
      name: 'pure-libs-no-infrastructure',
      comment: 'libs/domain, libs/projections and libs/kernel may not import Nest, databases or queues',
      severity: 'error',
      from: { path: PURE },
      to: { path: INFRASTRUCTURE },
    },
    {
      name: 'pure-libs-only-pure-libs',
      comment: 'pure libs may import only other pure libs (an adapter lib would bring its drivers along)',
      severity: 'error',
      from: { path: PURE },
      to: { path: '^libs/', pathNot: PURE },
    },
    {
      name: 'libs-not-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: '\\.(int-)?spec\\.ts$' },
      to: { circular: true, pathNot: '^libs/testing/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.d.ts'],
    },
  },
};
