import { actionsZhCN } from '../actions/messages';
import { administratorsZhCN } from '../administrators/messages';
import { applicationsZhCN } from '../applications/messages';
import { auditLogsZhCN } from '../audit-logs/messages';
import { authorizationZhCN } from '../authorization/messages';
import { connectorsZhCN } from '../connectors/messages';
import { customJwtZhCN } from '../custom-jwt/messages';
import { dashboardZhCN } from '../dashboard/messages';
import { enterpriseSsoZhCN } from '../enterprise-sso/messages';
import { guidesZhCN } from '../guides/messages';
import { settingsZhCN } from '../settings/messages';
import { signInContentZhCN } from '../sign-in-content/messages';
import { signInExperienceZhCN } from '../sign-in-experience/messages';
import { usersZhCN } from '../users/messages';
import { webhooksZhCN } from '../webhooks/messages';
import type { Messages } from './en';

/** Simplified Chinese; typed against en.ts, so every key must be here and no other. */
export const zhCN: Messages = {
  'app.name': 'Tessera 控制台',
  'app.skipLink': '跳到主要内容',
  'app.loading': '正在加载…',

  'nav.label': '控制台栏目',
  'nav.dashboard': '仪表盘',
  'nav.getStarted': '开始使用',
  'nav.applications': '应用',
  'nav.connectors': '连接器',
  'nav.signInExperience': '登录体验',
  'nav.apiResources': 'API 资源',
  'nav.roles': '角色',
  'nav.organizationTemplate': '组织模板',
  'nav.organizations': '组织',
  'nav.users': '用户',
  'nav.auditLogs': '审计日志',
  'nav.webhooks': 'Webhooks',
  'nav.enterpriseSso': '企业单点登录',
  'nav.customJwt': '自定义令牌声明',
  'nav.actions': '动作',
  'nav.administrators': '管理员',
  'nav.settings': '设置',

  'header.language': '语言',
  'header.theme': '主题',
  'header.signedInAs': '已登录：{name}，{role}',
  'header.signOut': '退出登录',
  'theme.system': '跟随系统',
  'theme.light': '浅色',
  'theme.dark': '深色',

  'role.owner': '所有者',
  'role.admin': '管理员',
  'role.viewer': '查看者',

  'auth.redirecting': '正在前往登录…',
  'auth.signedOutTitle': '已退出',
  'auth.signedOut': '你已退出控制台。',
  'auth.signIn': '登录',
  'auth.failedTitle': '登录未完成',
  'auth.failed': '控制台无法完成登录：{message}',
  'auth.signInAgain': '重新登录',

  'permission.write': '你的角色（{role}）可以查看，但不能修改此项。',
  'permission.owner': '只有所有者可以执行此操作。',
  'permission.read': '你的角色无权查看此项。',

  'copy.short': '复制',
  'copy.button': '复制{label}',
  'copy.done': '已复制{label}。',
  'copy.failed': '无法复制{label}，请选中文本后手动复制。',

  'status.dismiss': '关闭',
  'status.region': '通知',

  'table.pagination': '{label}分页',
  'table.previous': '上一页',
  'table.next': '下一页',
  'table.pageOf': '第 {page} 页，共 {pages} 页',
  'table.total': '共 {total} 项',
  'table.empty': '暂无内容。',

  'dialog.cancel': '取消',
  'dialog.lost': '以下内容将丢失：',
  'dialog.working': '正在处理…',

  'error.loadFailed': '无法加载：{message}',
  'error.retry': '重试',

  'notFound.title': '页面不存在',
  'notFound.body': '控制台中没有 {path} 这个页面。',
  'notFound.home': '前往开始使用',

  'getStarted.title': '开始使用',
  'getStarted.intro': '这个 Tessera 实例为你的应用提供用户登录。它的端点如下。',
  'getStarted.apps': '你的应用',
  'getStarted.appsIntro': '为你的框架创建应用：应用页面会提供已填入你的配置值的集成指南。',
  'getStarted.createApp': '创建应用',
  'getStarted.account': '你的账户',
  'getStarted.name': '姓名',
  'getStarted.username': '用户名',
  'getStarted.role': '角色',
  'getStarted.endpoints': '本实例的端点',
  'getStarted.endpointsIntro': 'OpenID Connect 客户端只需要签发者（issuer）：其他端点都从发现文档中读取。',
  'endpoint.issuer': '签发者（Issuer）',
  'endpoint.discovery': '发现文档',
  'endpoint.authorization': '授权端点',
  'endpoint.token': '令牌端点',
  'endpoint.jwks': 'JSON Web 密钥集',
  'endpoint.userinfo': '用户信息端点',

  ...applicationsZhCN,
  ...guidesZhCN,
  ...connectorsZhCN,
  ...signInExperienceZhCN,
  ...signInContentZhCN,
  ...settingsZhCN,
  ...authorizationZhCN,
  ...usersZhCN,
  ...auditLogsZhCN,
  ...dashboardZhCN,
  ...webhooksZhCN,
  ...enterpriseSsoZhCN,
  ...customJwtZhCN,
  ...actionsZhCN,
  ...administratorsZhCN,
};
