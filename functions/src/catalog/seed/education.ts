import { common, defineItems, material, weekdayHours } from './define.js';

export const educationItems = defineItems(
  'education',
  { outlets: ['district-service-centre'], hours: weekdayHours, consultation: '020-83100707' },
  [
    {
      n: 1,
      name: ['义务教育公办学校小学一年级入学', 'Admission to year 1 of a public primary school'],
      kind: 'public-service',
      topics: ['education'],
      lifeEvents: ['school'],
      basis: [
        ['《中华人民共和国义务教育法》', '第十二条'],
        ['《广州市义务教育学校招生工作指导意见》', '第三条'],
      ],
      conditions: [
        [
          '年满6周岁，户籍与房产符合学区对应地段',
          'Aged 6, with household registration and home in the school’s catchment',
        ],
      ],
      materials: [
        common.householdRegister,
        material(['房屋产权证明', 'Proof of home ownership'], {
          form: 'copy',
          eCertificateType: 'real-estate-certificate',
        }),
        common.birthCertificate,
      ],
      days: [30, 20],
      visits: 0,
      steps: [
        ['网上报名', 'Register online'],
        ['资料审核', 'Documents reviewed'],
        ['发布录取结果', 'Admissions published'],
      ],
      faq: [
        [
          ['租房家庭如何入学？', 'How do renting families apply?'],
          [
            '符合条件的可按政策统筹安排学位，以当年招生方案为准。',
            'Eligible families are allocated places under the year’s admission plan.',
          ],
        ],
      ],
    },
    {
      n: 2,
      name: ['来穗人员随迁子女积分入学', 'Points-based school admission for children of non-local residents'],
      kind: 'public-service',
      topics: ['education'],
      lifeEvents: ['school', 'moving'],
      basis: [['《广州市来穗人员随迁子女义务教育阶段积分入学实施办法》', '第五条']],
      conditions: [
        [
          '父母一方持有本市有效居住证，并在本市缴纳社会保险',
          'A parent holds a valid residence permit and pays social insurance in the city',
        ],
      ],
      materials: [
        common.residencePermit,
        common.householdRegister,
        material(['社保缴费记录', 'Social insurance record'], { form: 'electronic' }),
      ],
      days: [30, 20],
      visits: 0,
      steps: [
        ['网上申请积分', 'Apply for points online'],
        ['积分审核与公示', 'Points reviewed and published'],
        ['填报志愿与录取', 'Choose schools and admission'],
      ],
    },
    {
      n: 3,
      name: ['教师资格认定', 'Teacher qualification certification'],
      kind: 'administrative-licence',
      topics: ['education', 'employment'],
      lifeEvents: ['work'],
      basis: [
        ['《中华人民共和国教师法》', '第十三条'],
        ['《教师资格条例》', '第十七条'],
      ],
      conditions: [
        ['具备规定学历，通过教师资格考试，体检合格', 'Required degree, passed the teacher exam and a health check'],
      ],
      materials: [
        common.idCard,
        material(['教师资格考试合格证明', 'Teacher exam certificate'], { form: 'electronic' }),
        material(['体检合格证明', 'Health check certificate']),
      ],
      days: [30, 20],
      visits: 1,
      steps: [
        ['网上报名', 'Register online'],
        ['现场确认与体检', 'Confirmation and health check'],
        ['审核认定，颁发证书', 'Review; certificate issued'],
      ],
    },
    {
      n: 4,
      name: ['民办学校办学许可', 'Licence to run a private school'],
      kind: 'administrative-licence',
      audience: ['enterprise'],
      topics: ['education', 'permits'],
      lifeEvents: ['starting-business'],
      basis: [['《中华人民共和国民办教育促进法》', '第十二条、第十七条']],
      conditions: [
        ['有合格的举办者、章程、师资、场所和办学资金', 'A qualified sponsor, charter, teachers, premises and funds'],
      ],
      materials: [
        common.form('JY-0004-F1', ['办学许可申请书', 'School licence application']),
        material(['学校章程', 'School charter']),
        common.premises,
      ],
      days: [60, 30],
      visits: 1,
      steps: [
        ['提交申请', 'Apply'],
        ['专家评审与现场考察', 'Expert review and site visit'],
        ['作出决定', 'Decision'],
      ],
    },
  ],
);
