import { Descriptions, Result } from 'antd';
import { useSession } from '../session';

/** Roles that work in the field app see who they are signed in as and their scope. */
export function MePage() {
  const { me } = useSession();
  if (!me) return null;
  return (
    <Result
      status="info"
      title={`${me.displayName}（${me.roleLabels.join('、')}）`}
      subTitle="该角色在移动端办理事项；此处显示身份与范围。"
      extra={
        <Descriptions
          column={1}
          items={Object.entries(me.scope).map(([k, v]) => ({ label: k, children: String(v) }))}
        />
      }
    />
  );
}
