/** The email settings screen and the line about it on the programmes page (namespace "coordinator", key emailSettings). */
import type { Strings } from '../../i18n/types';

const en = {
  title: 'Email language',
  intro:
    'The emails this system sends to {{email}} — a visitor confirming or declining a rotation, a placement withdrawn — are written in one language. Choose which.',
  currentChosen: 'Your emails are written in {{language}}. You chose it.',
  currentSignIn: 'Your emails are written in {{language}}. It is the language of your sign-in.',
  currentNone:
    'You have not chosen one: each programme or hospital that lists your address decides, and when it has not, you get all three languages.',
  choice: 'Write my emails in',
  noChoice: 'None chosen',
  noChoiceSignIn: 'None chosen: use my sign-in’s language ({{language}})',
  noChoiceHint: 'Without a choice, the programme’s or hospital’s language applies.',
  notThisSite: 'This does not change the language of this website: use the switch at the top for that.',
  save: 'Save',
  saved: 'Saved. Your next emails will be in this language.',
  unchanged: 'Nothing to save: that is already your choice.',
  summary: 'Emails reach you in {{language}}.',
  summaryNone: 'Emails reach you in your contact list’s language.',
  change: 'Change the email language',
  languages: { en: 'English', 'zh-Hant': 'Traditional Chinese', 'zh-Hans': 'Simplified Chinese' },
  yours: 'Your emails',
  list: {
    title: '{{name}}: contact list',
    introHospital:
      'Emails about the visitors your hospital hosts — a rotation confirmed or declined, a placement withdrawn — go to every address on this list. Each is written in the language its owner chose on this page, else in the language of their sign-in; a shared mailbox, or anyone with neither, gets the list’s language.',
    introProgramme:
      'Emails about this programme’s visitors — a rotation confirmed or declined, a placement withdrawn — go to every address on the programme office’s list. Each is written in the language its owner chose on this page, else in the language of their sign-in; a shared mailbox, or anyone with neither, gets the list’s language.',
    emails: 'Addresses on the list',
    emailsHint: 'Type an address and press Enter; remove one with its ×.',
    invalid: 'Not an email address: {{emails}}',
    tooMany: 'A list holds at most {{max}} addresses.',
    language: 'The list’s language',
    languageNone: 'None: all three languages in one email',
    save: 'Save the contact list',
    saved: 'Saved. The next emails go to this list, in this language.',
    unchanged: 'Nothing to save: the list is as it was.',
  },
};

const zhHant: Strings<typeof en> = {
  title: '電郵語言',
  intro: '本系統寄往 {{email}} 的電郵（例如交流人員確認或婉拒輪轉、交流安排撤回）會以一種語言書寫。請在此選擇。',
  currentChosen: '閣下的電郵現以{{language}}書寫。這是閣下選擇的語言。',
  currentSignIn: '閣下的電郵現以{{language}}書寫。這是閣下登入帳戶所設定的語言。',
  currentNone: '閣下尚未選擇：由列有閣下電郵地址的計劃或醫院決定；如它們亦未設定，閣下會收到三種語言的電郵。',
  choice: '電郵使用',
  noChoice: '不作選擇',
  noChoiceSignIn: '不作選擇：使用登入帳戶的語言（{{language}}）',
  noChoiceHint: '不作選擇時，會使用計劃或醫院設定的語言。',
  notThisSite: '這不會改變本網站的語言；如需更改，請使用頁頂的語言選項。',
  save: '儲存',
  saved: '已儲存。之後的電郵會以此語言書寫。',
  unchanged: '無須儲存：這已是閣下的選擇。',
  summary: '電郵以{{language}}寄給閣下。',
  summaryNone: '電郵以閣下所屬聯絡名單的語言寄出。',
  change: '更改電郵語言',
  languages: { en: '英文', 'zh-Hant': '繁體中文', 'zh-Hans': '簡體中文' },
  yours: '閣下的電郵',
  list: {
    title: '{{name}}：聯絡名單',
    introHospital:
      '有關貴院接待的交流人員的電郵（例如輪轉獲確認或婉拒、交流安排撤回）會寄往名單上每個地址。每封電郵以該地址持有人在本頁選擇的語言書寫，否則以其登入帳戶的語言書寫；共用郵箱或兩者皆無的地址，則使用名單的語言。',
    introProgramme:
      '有關本計劃交流人員的電郵（例如輪轉獲確認或婉拒、交流安排撤回）會寄往計劃辦公室名單上每個地址。每封電郵以該地址持有人在本頁選擇的語言書寫，否則以其登入帳戶的語言書寫；共用郵箱或兩者皆無的地址，則使用名單的語言。',
    emails: '名單上的地址',
    emailsHint: '輸入地址後按 Enter；按地址旁的 × 可移除。',
    invalid: '以下不是電郵地址：{{emails}}',
    tooMany: '名單最多可有 {{max}} 個地址。',
    language: '名單的語言',
    languageNone: '不設定：一封電郵內附三種語言',
    save: '儲存聯絡名單',
    saved: '已儲存。之後的電郵會以此語言寄往此名單。',
    unchanged: '無須儲存：名單沒有改動。',
  },
};

const zhHans: Strings<typeof en> = {
  title: '邮件语言',
  intro: '本系统发送到 {{email}} 的邮件（例如交流人员确认或婉拒轮转、交流安排撤回）会以一种语言书写。请在此选择。',
  currentChosen: '您的邮件目前以{{language}}书写。这是您选择的语言。',
  currentSignIn: '您的邮件目前以{{language}}书写。这是您登录账户所设置的语言。',
  currentNone: '您尚未选择：由列有您邮箱地址的项目或医院决定；如它们也未设置，您会收到三种语言的邮件。',
  choice: '邮件使用',
  noChoice: '不做选择',
  noChoiceSignIn: '不做选择：使用登录账户的语言（{{language}}）',
  noChoiceHint: '不做选择时，使用项目或医院设置的语言。',
  notThisSite: '这不会改变本网站的语言；如需更改，请使用页面顶部的语言选项。',
  save: '保存',
  saved: '已保存。之后的邮件会以此语言书写。',
  unchanged: '无需保存：这已是您的选择。',
  summary: '邮件以{{language}}发给您。',
  summaryNone: '邮件以您所在联络名单的语言发送。',
  change: '更改邮件语言',
  languages: { en: '英文', 'zh-Hant': '繁体中文', 'zh-Hans': '简体中文' },
  yours: '您的邮件',
  list: {
    title: '{{name}}：联络名单',
    introHospital:
      '有关贵院接待的交流人员的邮件（例如轮转获确认或被婉拒、交流安排撤回）会发送到名单上的每个地址。每封邮件以该地址所有者在本页选择的语言书写，否则以其登录账户的语言书写；公共邮箱或两者皆无的地址，则使用名单的语言。',
    introProgramme:
      '有关本项目交流人员的邮件（例如轮转获确认或被婉拒、交流安排撤回）会发送到项目办公室名单上的每个地址。每封邮件以该地址所有者在本页选择的语言书写，否则以其登录账户的语言书写；公共邮箱或两者皆无的地址，则使用名单的语言。',
    emails: '名单上的地址',
    emailsHint: '输入地址后按 Enter；点击地址旁的 × 可移除。',
    invalid: '以下不是邮箱地址：{{emails}}',
    tooMany: '名单最多可有 {{max}} 个地址。',
    language: '名单的语言',
    languageNone: '不设置：一封邮件内含三种语言',
    save: '保存联络名单',
    saved: '已保存。之后的邮件会以此语言发送到此名单。',
    unchanged: '无需保存：名单没有改动。',
  },
};

export const emailSettingsStrings = { en, 'zh-Hant': zhHant, 'zh-Hans': zhHans };
