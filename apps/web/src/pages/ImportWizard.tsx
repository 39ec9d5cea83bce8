import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Space, Steps, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError, apiDownload, apiEvents, apiUpload } from '../api/client';
import type { ImportProgress, ImportRowError } from '../api/views';
import { ResponsiveTable } from '../components/ResponsiveTable';

/** 批量导入: template, upload, the whole file's validation report, then live progress from the server. */
export function ImportWizard({ streetId, onImported }: { streetId: string; onImported: () => void }) {
  const [rowsWithErrors, setRowsWithErrors] = useState<ImportRowError[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const following = useRef<AbortController | null>(null);
  useEffect(() => () => following.current?.abort(), []);

  const follow = (started: ImportProgress) => {
    setProgress(started);
    following.current?.abort();
    const controller = new AbortController();
    following.current = controller;
    void apiEvents(
      '/api/v1/streets/{streetId}/imports/{importId}/events',
      { streetId, importId: started.importId },
      (data) => {
        const update = data as ImportProgress;
        setProgress(update);
        if (update.status === 'done') onImported();
      },
      controller.signal,
    ).catch(() => undefined);
  };

  const upload = async (file: File) => {
    setProblem(null);
    setRowsWithErrors(null);
    setProgress(null);
    try {
      follow(await apiUpload('/api/v1/streets/{streetId}/imports', { streetId }, file));
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details.rows))
        setRowsWithErrors(error.details.rows as ImportRowError[]);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const step = progress ? (progress.status === 'done' ? 4 : 2) : rowsWithErrors ? 1 : 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-wizard">
      <Steps
        current={step}
        items={[{ title: '下载模板' }, { title: '上传并校验' }, { title: '导入中' }, { title: '完成' }]}
      />
      <Space>
        <Button
          onClick={() =>
            void apiDownload('/api/v1/streets/{streetId}/imports/template', { streetId }, '同心导入模板.xlsx', {
              format: 'xlsx',
            })
          }
          data-testid="template-xlsx"
        >
          下载模板（XLSX）
        </Button>
        <Button
          onClick={() =>
            void apiDownload('/api/v1/streets/{streetId}/imports/template', { streetId }, '同心导入模板.csv', {
              format: 'csv',
            })
          }
        >
          下载模板（CSV）
        </Button>
      </Space>
      <Typography.Text type="secondary">
        整份文件先全部校验：有任何错误则一行也不写入；同一文件重复上传不会重复导入。
      </Typography.Text>
      <Upload.Dragger
        accept=".xlsx,.csv"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>点击或拖入 XLSX / CSV 文件（最大 5 MB）</p>
      </Upload.Dragger>
      {problem && <Alert type="error" title={problem} data-testid="import-problem" />}
      {rowsWithErrors && (
        <ResponsiveTable<ImportRowError>
          size="small"
          data-testid="import-errors"
          rowKey={(e) => `${e.row}-${e.column}-${e.message}`}
          dataSource={rowsWithErrors}
          pagination={{ pageSize: 20 }}
          columns={[
            { title: '行', dataIndex: 'row', width: 80 },
            { title: '列', dataIndex: 'column', width: 160 },
            { title: '问题', dataIndex: 'message' },
          ]}
        />
      )}
      {progress && (
        <div data-testid="import-progress">
          <Progress
            percent={progress.percent}
            status={progress.status === 'failed' ? 'exception' : progress.status === 'done' ? 'success' : 'active'}
          />
          <Typography.Text data-testid="import-progress-text">
            {progress.duplicate ? '该文件已导入过：' : ''}
            {progress.fileName} · 已处理 {progress.done} / {progress.total} 行
            {progress.rowsPerSecond ? ` · ${progress.rowsPerSecond} 行/秒` : ''}
            {progress.status === 'running' && progress.etaSeconds !== null
              ? ` · 预计剩余 ${progress.etaSeconds} 秒`
              : ''}
            {progress.status === 'done' ? ' · 导入完成' : progress.status === 'queued' ? ' · 排队中' : ''}
            {progress.skipped ? ` · 已存在跳过 ${progress.skipped} 行` : ''}
          </Typography.Text>
          {progress.error && <Alert type="error" title={progress.error} />}
        </div>
      )}
    </Space>
  );
}
