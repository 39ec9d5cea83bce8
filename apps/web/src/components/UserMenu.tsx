import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import type { Me } from '../api/views';

/**
 * The signed-in user in the header: an avatar with the name (the name only on wider screens) that
 * opens a menu with the roles, 我的身份 and 退出.
 */
export function UserMenu({ me, onSignOut }: { me: Me; onSignOut: () => void }) {
  const navigate = useNavigate();
  return (
    <Dropdown
      trigger={['click']}
      placement="bottomRight"
      menu={{
        items: [
          {
            key: 'who',
            label: (
              <div data-testid="user-menu-who">
                <b>{me.displayName}</b>
                <div style={{ color: '#888', fontSize: 12 }}>{me.roleLabels.join('、')}</div>
              </div>
            ),
            disabled: true,
          },
          { type: 'divider' },
          { key: 'me', icon: <UserOutlined />, label: '我的身份' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: '退出', danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'me') void navigate('/me');
          if (key === 'sign-out') onSignOut();
        },
      }}
    >
      <Button type="text" className="tx-user" data-testid="signed-in-as" aria-label={`${me.displayName}，账户菜单`}>
        <Avatar size="small" style={{ background: '#fff', color: '#b71c1c' }}>
          {me.displayName.slice(0, 1)}
        </Avatar>
        <span className="tx-user-name">
          {me.displayName} · {me.roleLabels.join('、')}
        </span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
