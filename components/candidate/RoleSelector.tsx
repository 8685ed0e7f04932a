export interface RoleOption {
  id: string;
  name: string;
}

/** Which saved role the candidate is held against; changing it re-evaluates everywhere. */
export function RoleSelector(props: { roles: readonly RoleOption[]; activeId: string; onChange: (id: string) => void }) {
  return (
    <p className="pyvet-role">
      <label htmlFor="pyvet-role-select">Role</label>{' '}
      <select
        id="pyvet-role-select"
        value={props.activeId}
        onChange={(event) => props.onChange(event.target.value)}
        data-testid="role-select"
      >
        {props.roles.map((role) => (
          <option key={role.id} value={role.id}>
            {role.name}
          </option>
        ))}
      </select>
    </p>
  );
}
