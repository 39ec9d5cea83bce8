export interface WorksState {
  readonly recorded: boolean;
}

export const initialWorksState: WorksState = { recorded: false };

export function evolveWorks(): WorksState {
  return { recorded: true };
}
