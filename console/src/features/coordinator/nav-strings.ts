/** The coordinators' menu entries (the rest of the strings load with the screens: load-strings.ts). */
export const navStrings = {
  en: { nav: { programmes: 'Programmes', capacity: 'Capacity', emailSettings: 'Email language' } },
  'zh-Hant': { nav: { programmes: '交流計劃', capacity: '部門容量', emailSettings: '電郵語言' } },
  'zh-Hans': { nav: { programmes: '交流项目', capacity: '科室容量', emailSettings: '邮件语言' } },
};
