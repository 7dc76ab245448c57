import { nameMayBePersonal, publicEntityName } from './personalData';

describe('personal data in public names', () => {
  const company = '91310116MA1G8XYZ1A';
  const individual = '92310116MA1G8XYZ1A';

  it('an individual business under its operator’s name shows only the surname', () => {
    expect(publicEntityName(individual, '张三')).toBe('张*');
    expect(publicEntityName(individual, '欧阳小明')).toBe('欧***');
    expect(publicEntityName(individual, '李四（个体工商户）')).toBe('李*（个体工商户）');
    expect(publicEntityName(individual, '阿依古丽·买买提')).toBe('阿*******');
  });

  it('a trade name of an individual business and any company name are shown whole', () => {
    expect(publicEntityName(individual, '上海市金山区枫泾镇老王面馆')).toBe('上海市金山区枫泾镇老王面馆');
    expect(publicEntityName(company, '张三')).toBe('张三');
    expect(nameMayBePersonal(company, '王五')).toBe(false);
  });

  it('a short shop name of an individual business is masked rather than risk a person’s name', () => {
    expect(nameMayBePersonal(individual, '老张面馆')).toBe(true);
    expect(publicEntityName(individual, '老张面馆')).toBe('老***');
  });
});
